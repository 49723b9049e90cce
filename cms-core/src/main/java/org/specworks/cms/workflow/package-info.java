/**
 * Review before publication. A workflow is an ordered list of steps per content type, each naming
 * the reviewer group that may act on it; a review is one run of a workflow over one exact revision.
 * The rules (who may approve, four-eyes, approval bound to revision and content hash, voiding on a
 * later save) live in {@link org.specworks.cms.workflow.Review} and {@link
 * org.specworks.cms.workflow.WorkflowService}.
 */
package org.specworks.cms.workflow;
