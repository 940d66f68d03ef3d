"""Alembic's environment: the migrations run on the connection lib.store.migrate gives, in its transaction."""

from alembic import context

from lib.store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True, transactional_ddl=True)
with context.begin_transaction():
    context.run_migrations()
