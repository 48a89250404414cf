"""Files in and out: the directory file, HSDS, vCard, spreadsheets."""
