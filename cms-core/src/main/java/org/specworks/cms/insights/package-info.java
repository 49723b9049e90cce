/**
 * The editorial pipeline in numbers, for the dashboard's charts: review turnaround per step and
 * week, reviews waiting now by step and age, publications per week by type, and how schedules ran.
 * Every series is counted by the database (aggregate queries over the last weeks), never by loading
 * the history into memory; who sees whose reviews follows {@code
 * Permission.SEE_TEAM_REVIEW_INSIGHTS}.
 */
package org.specworks.cms.insights;
