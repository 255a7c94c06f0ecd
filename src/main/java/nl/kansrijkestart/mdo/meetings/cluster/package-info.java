/**
 * Several application nodes on one PostgreSQL database: meeting changes travel between the nodes
 * through PostgreSQL's LISTEN/NOTIFY (ids and kinds of change only, never case content), and who
 * has a meeting open is kept per node in the database, next to each node's heartbeat, so that the
 * pages of a node that dies leave the meeting. Off on the embedded H2 database (one node).
 */
@NullMarked
package nl.kansrijkestart.mdo.meetings.cluster;

import org.jspecify.annotations.NullMarked;
