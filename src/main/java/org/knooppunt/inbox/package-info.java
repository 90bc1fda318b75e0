/**
 * The inbox: (:Account)-[:RECEIVED]->(:InboxItem). Requests, introductions, approvals and review
 * reminders, delivered by their features inside the transaction that caused them.
 */
package org.knooppunt.inbox;
