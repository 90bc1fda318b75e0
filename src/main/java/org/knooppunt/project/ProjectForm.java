package org.knooppunt.project;

import java.util.List;

/**
 * A network project as a page or an API client sends it; {@code version} is the version the editor
 * started from (ignored when creating).
 */
public record ProjectForm(
    String name,
    String priorityId,
    String targetGroupId,
    String intendedEffect,
    String goal,
    String result,
    List<String> subjects,
    Long version) {}
