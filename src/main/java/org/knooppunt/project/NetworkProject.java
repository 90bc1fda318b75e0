package org.knooppunt.project;

import java.util.List;
import java.util.Locale;

/**
 * A network project of a round, with its priority and target group in both languages and how many
 * libraries signed up for it.
 */
public record NetworkProject(
    String id,
    String roundId,
    String roundName,
    String roundStatus,
    String name,
    String priorityId,
    String priorityNl,
    String priorityEn,
    String targetGroupId,
    String targetGroupNl,
    String targetGroupEn,
    String intendedEffect,
    String goal,
    String result,
    List<String> subjects,
    long signupCount,
    boolean demo,
    long version) {

  public String priorityName(Locale locale) {
    return "en".equals(locale.getLanguage()) && priorityEn != null ? priorityEn : priorityNl;
  }

  public String targetGroupName(Locale locale) {
    return "en".equals(locale.getLanguage()) && targetGroupEn != null
        ? targetGroupEn
        : targetGroupNl;
  }

  public String subjectsText() {
    return String.join(", ", subjects);
  }

  public boolean roundOpen() {
    return "open".equals(roundStatus);
  }
}
