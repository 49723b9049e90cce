/**
 * Keeps every instance's view of what is live in step. A committed publication is told to the other
 * instances over Payara's data grid (a Hazelcast topic, {@link DataGrid}); each instance then fires
 * {@link LiveChanged}, on which response caches drop what changed. Messages on a topic can be lost
 * (a member joining, a network pause), so a {@link SafetyNet} compares what this instance knows is
 * live with the database at a short interval and catches up on what it missed.
 */
package org.specworks.cms.cluster;
