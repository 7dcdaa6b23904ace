"""The "Courses and certificates" dock: its pages, panels and dialogs."""
