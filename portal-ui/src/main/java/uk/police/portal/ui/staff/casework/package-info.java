/** Staff work on one case: read it with a reason (audited) and act on it as the role allows. */
package uk.police.portal.ui.staff.casework;
