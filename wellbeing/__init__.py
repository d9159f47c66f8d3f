"""What exposure and care mean: exposure accounting, break and cap policy, report definitions. No storage, no Qt."""
