/** The audit log: who read or changed what, when and why (Data Protection Act 2018 s.62). */
package uk.police.portal.api.audit;
