"""Every Qt widget, model, worker and scheduler job. No business rule lives here."""
