package org.knooppunt.community;

import java.time.ZonedDateTime;
import java.util.List;
import org.knooppunt.organisation.Ref;

/**
 * One community as its page and the API show it: purpose, topics, target groups, where and when it
 * meets, who runs it, its members and its offer. {@code members} holds at most {@link
 * CommunityRepository#MEMBERS_SHOWN} of {@code memberCount}.
 */
public record Community(
    String id,
    String name,
    String description,
    String schedule,
    Party host,
    List<Party> runners,
    Place branch,
    List<Ref> topics,
    List<Ref> targetGroups,
    List<Member> members,
    long memberCount,
    List<Activity> activities,
    boolean demo,
    long version,
    ZonedDateTime lastReviewedAt,
    ZonedDateTime updatedAt,
    String updatedBy) {

  /** The ids of the people among the members. */
  public List<String> personMemberIds() {
    return members.stream().filter(m -> "person".equals(m.kind())).map(Member::id).toList();
  }

  /**
   * The community as a reader sees it: each member person she may not see (by the person's
   * visibility) shown as {@code hidden.get(id)}, e.g. "een contactpersoon van …", without her id.
   */
  public Community seenBy(java.util.Map<String, String> hidden) {
    if (hidden.isEmpty()) {
      return this;
    }
    List<Member> seen =
        members.stream()
            .map(m ->
                "person".equals(m.kind()) && hidden.containsKey(m.id())
                    ? new Member(null, m.kind(), hidden.get(m.id()), null, m.role(), m.since())
                    : m)
            .toList();
    return new Community(
        id,
        name,
        description,
        schedule,
        host,
        runners,
        branch,
        topics,
        targetGroups,
        seen,
        memberCount,
        activities,
        demo,
        version,
        lastReviewedAt,
        updatedAt,
        updatedBy);
  }

  /** An organisation that hosts or runs the community. */
  public record Party(String id, String name, String kind) {}

  /** A branch where the community or an activity meets, with its municipality. */
  public record Place(String id, String name, String municipality) {}

  /**
   * A member: a person (with the organisation she works for) or an organisation; {@code kind} is
   * {@code person} or {@code organisation}.
   */
  public record Member(
      String id, String kind, String name, String organisationName, String role, String since) {}

  /** One activity of the offer: what, about which topic, for whom, where and when. */
  public record Activity(
      String id,
      String name,
      String description,
      String from,
      String until,
      Ref topic,
      Ref targetGroup,
      Place place) {}
}
