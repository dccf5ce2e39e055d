-- Coordination of several app nodes on one database (docs/deployment.md).
--
-- cluster_version: one counter per kind of shared data that nodes keep in memory (the question bank,
-- ...). The transaction that changes the data bumps its counter; every node reads this small table
-- about twice a second and drops its cached copy when a counter moved.
CREATE TABLE cluster_version (
    name     VARCHAR(100) PRIMARY KEY,
    counter  BIGINT       NOT NULL
);

-- cluster_lock: one row per piece of work that only one node at a time may do (the bank sync, the demo
-- accounts). A node holds a row by updating it inside the transaction that does the work; the others
-- wait for that transaction to end. A node that dies loses its connection, which releases the row.
CREATE TABLE cluster_lock (
    name        VARCHAR(100) PRIMARY KEY,
    held_by     VARCHAR(200),
    held_since  TIMESTAMP WITH TIME ZONE
);
