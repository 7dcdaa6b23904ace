"""Widgets of the plugin: the options page, the docks and their dialogs."""
