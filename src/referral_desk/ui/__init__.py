"""Qt widgets: one module per window, dialog or wizard page."""
