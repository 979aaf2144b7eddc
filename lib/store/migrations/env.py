"""Alembic's entry point. The store always hands it an open connection (inside the transaction
that holds the migration lock), so migrations never open connections of their own."""

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, render_as_batch=True, transactional_ddl=True)
with context.begin_transaction():
    context.run_migrations()
