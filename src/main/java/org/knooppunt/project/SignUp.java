package org.knooppunt.project;

/** A library signed up for a project: when (to the minute, Dutch time) and by which account. */
public record SignUp(
    String projectId,
    String projectName,
    String libraryId,
    String libraryName,
    String at,
    String by) {}
