/** Pages for police staff only: contact handlers, investigators, supervisors, administrators. */
package uk.police.portal.ui.staff;
