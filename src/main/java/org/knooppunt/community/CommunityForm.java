package org.knooppunt.community;

import java.util.ArrayList;
import java.util.List;
import org.knooppunt.organisation.Ref;

/**
 * What an owner may change on a community: the edit model of the screen and the body of the API,
 * checked by {@link CommunityService} for both. {@code hostId} is the organisation that hosts it
 * (fixed after creation except for an admin); {@code runnerIds} the partners that run it with the
 * host; {@code version} the version the editor started from.
 */
public class CommunityForm {

  private String name;
  private String description;
  private String schedule;
  private String hostId;
  private List<String> runnerIds = new ArrayList<>();
  private String branchId;
  private List<String> topicIds = new ArrayList<>();
  private List<String> targetGroupIds = new ArrayList<>();
  private long version;

  /** A form holding the stored values of a community, for editing it. */
  public static CommunityForm of(Community c) {
    CommunityForm f = new CommunityForm();
    f.name = c.name();
    f.description = c.description();
    f.schedule = c.schedule();
    f.hostId = c.host() == null ? null : c.host().id();
    f.runnerIds = new ArrayList<>(c.runners().stream().map(Community.Party::id).toList());
    f.branchId = c.branch() == null ? null : c.branch().id();
    f.topicIds = new ArrayList<>(c.topics().stream().map(Ref::id).toList());
    f.targetGroupIds = new ArrayList<>(c.targetGroups().stream().map(Ref::id).toList());
    f.version = c.version();
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

  public String getSchedule() {
    return schedule;
  }

  public void setSchedule(String schedule) {
    this.schedule = schedule;
  }

  public String getHostId() {
    return hostId;
  }

  public void setHostId(String hostId) {
    this.hostId = hostId;
  }

  public List<String> getRunnerIds() {
    return runnerIds;
  }

  public void setRunnerIds(List<String> runnerIds) {
    this.runnerIds = runnerIds == null ? new ArrayList<>() : runnerIds;
  }

  public String getBranchId() {
    return branchId;
  }

  public void setBranchId(String branchId) {
    this.branchId = branchId;
  }

  public List<String> getTopicIds() {
    return topicIds;
  }

  public void setTopicIds(List<String> topicIds) {
    this.topicIds = topicIds == null ? new ArrayList<>() : topicIds;
  }

  public List<String> getTargetGroupIds() {
    return targetGroupIds;
  }

  public void setTargetGroupIds(List<String> targetGroupIds) {
    this.targetGroupIds = targetGroupIds == null ? new ArrayList<>() : targetGroupIds;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }
}
