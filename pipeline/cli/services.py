"""Commands that start, stop and inspect local services (registered on the app in pipeline.cli)."""
