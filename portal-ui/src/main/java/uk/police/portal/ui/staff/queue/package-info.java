/**
 * The staff work queue: cases assigned to me, not yet assigned, all; finding a case by reference.
 */
package uk.police.portal.ui.staff.queue;
