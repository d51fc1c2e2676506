from pipeline.cli import main_app

main_app()()
