-- The application nodes on this database, each with its last heartbeat (database time), and the
-- names of the people who have a meeting open on each node. Rows of a node whose heartbeat is older
-- than the bound are ignored and then removed by any other node, so a dead node's pages leave the
-- meeting. Only names and ids: no case content.
CREATE TABLE cluster_node (
    node_id      VARCHAR(100)             NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    heartbeat_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_cluster_node PRIMARY KEY (node_id)
);

CREATE TABLE meeting_presence (
    node_id      VARCHAR(100) NOT NULL,
    meeting_id   BIGINT       NOT NULL,
    display_name VARCHAR(200) NOT NULL,
    CONSTRAINT pk_meeting_presence PRIMARY KEY (node_id, meeting_id, display_name),
    CONSTRAINT fk_meeting_presence_node FOREIGN KEY (node_id) REFERENCES cluster_node (node_id) ON DELETE CASCADE
);
