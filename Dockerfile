# The project image: Airflow 3.3.2 (the version pinned in requirements.txt) with the pipeline package,
# the DAGs, the plugin and the Kibana saved objects. Used by every Airflow service in docker-compose.yml
# and by the one-shot Kibana import.
FROM apache/airflow:3.3.2-python3.11

WORKDIR /opt/canews

# The official image brings the Celery and Postgres providers; the runtime lock adds the pipeline's
# libraries at the same versions as in development, without the test and lint tools (requirements-dev.txt).
COPY --chown=airflow:root requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt "apache-airflow==${AIRFLOW_VERSION}"

COPY --chown=airflow:root pyproject.toml ./
COPY --chown=airflow:root pipeline ./pipeline
COPY --chown=airflow:root dags ./dags
COPY --chown=airflow:root plugins ./plugins
COPY --chown=airflow:root config ./config
COPY --chown=airflow:root kibana ./kibana

ENV PYTHONPATH=/opt/canews \
    AIRFLOW__CORE__DAGS_FOLDER=/opt/canews/dags \
    AIRFLOW__CORE__PLUGINS_FOLDER=/opt/canews/plugins \
    AIRFLOW__CORE__LOAD_EXAMPLES=false \
    NEWS_ARCHIVE=/opt/canews/data/archive
