"""The credits and payments part of the "Courses and certificates" dock (the Credits tab,
buying credits, the bank-transfer invoice)."""
