"""The "Apply for certification" dock and its parts."""
