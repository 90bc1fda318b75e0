package org.knooppunt.community;

import java.time.LocalDate;

/**
 * One activity of a community's offer as an owner adds or changes it, for the screen and the API.
 * {@code version} is the community's version the owner started from: every change of the offer is a
 * change of the community.
 */
public class ActivityForm {

  private String name;
  private String description;
  private LocalDate from;
  private LocalDate until;
  private String topicId;
  private String targetGroupId;
  private String branchId;
  private long version;

  /** A form holding a stored activity, for editing it. */
  public static ActivityForm of(Community.Activity a, long version) {
    ActivityForm f = new ActivityForm();
    f.name = a.name();
    f.description = a.description();
    f.from = a.from() == null ? null : LocalDate.parse(a.from());
    f.until = a.until() == null ? null : LocalDate.parse(a.until());
    f.topicId = a.topic() == null ? null : a.topic().id();
    f.targetGroupId = a.targetGroup() == null ? null : a.targetGroup().id();
    f.branchId = a.place() == null ? null : a.place().id();
    f.version = version;
    return f;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getUntil() {
    return until;
  }

  public void setUntil(LocalDate until) {
    this.until = until;
  }

  public String getTopicId() {
    return topicId;
  }

  public void setTopicId(String topicId) {
    this.topicId = topicId;
  }

  public String getTargetGroupId() {
    return targetGroupId;
  }

  public void setTargetGroupId(String targetGroupId) {
    this.targetGroupId = targetGroupId;
  }

  public String getBranchId() {
    return branchId;
  }

  public void setBranchId(String branchId) {
    this.branchId = branchId;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }
}
