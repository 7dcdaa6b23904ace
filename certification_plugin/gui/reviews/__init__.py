"""The "Review applications" dock and its pages (queue, application, rubric, opinion, PSC)."""
