/**
 * What operators watch: MicroProfile Metrics counters of the editorial and delivery events that
 * tell a healthy CMS from a struggling one (publications, schedule failures, page-cache hits and
 * misses, edge-cache purge failures, sign-in failures). Payara serves them, with its own JVM
 * metrics, on the management listener only.
 */
package org.specworks.cms.monitoring;
