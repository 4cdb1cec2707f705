"""Claims as typed records from parsed papers."""
