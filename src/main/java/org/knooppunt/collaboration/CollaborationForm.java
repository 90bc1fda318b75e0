package org.knooppunt.collaboration;

import java.time.LocalDate;

/**
 * A proposed collaboration: {@code from} is the side the proposer speaks for, {@code to} the other
 * side, who confirms it. Topic, since and note are optional.
 */
public record CollaborationForm(
    String from, String to, String topic, LocalDate since, String note) {}
