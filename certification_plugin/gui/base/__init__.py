"""What every workflow dock shares: the form binder, its table of rows and the dock base."""

from __future__ import annotations

from .form_binder import ERROR_PROPERTY, FormBinder
from .rows_table import RowsTable
from .workflow_dock import WorkflowDock

__all__ = ["ERROR_PROPERTY", "FormBinder", "RowsTable", "WorkflowDock"]
