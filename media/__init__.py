"""Pure functions that turn untrusted media files into filtered, display-ready pixels. No Qt, no database."""
