package org.knooppunt.collaboration;

/**
 * One collaboration with its history: who proposed it for which side and when, who confirmed it
 * (and whether on the other side's behalf), who ended it and why. Dates are ISO strings.
 */
public record Collaboration(
    String id,
    String fromId,
    String fromName,
    String toId,
    String toName,
    String topic,
    String topicNameNl,
    String topicNameEn,
    String status,
    String since,
    String until,
    String note,
    String source,
    String assertedBy,
    String assertedAt,
    String confirmedBy,
    String confirmedAt,
    boolean confirmedOnBehalf,
    String endedBy,
    String endedAt,
    String endReason) {

  public boolean proposed() {
    return "proposed".equals(status);
  }

  public boolean ended() {
    return "ended".equals(status);
  }

  public String topicName(java.util.Locale locale) {
    if (topic == null) {
      return null;
    }
    String name = "en".equals(locale.getLanguage()) ? topicNameEn : topicNameNl;
    return name == null ? topic : name;
  }
}
