"""Commands of this stage (registered on the app in pipeline.cli)."""
