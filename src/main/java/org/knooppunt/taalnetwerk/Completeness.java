package org.knooppunt.taalnetwerk;

import jakarta.json.bind.annotation.JsonbTransient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How complete and how fragile a taalnetwerk is: the roles nobody holds, the roles only one member
 * holds, and the members that alone connect parts of the network.
 *
 * <p>The last is the articulation points (Tarjan's algorithm, one depth-first search, linear in
 * members and links) of the graph whose nodes are the members and whose edges are the confirmed
 * collaborations between two members: remove such a member and some of the others are no longer
 * connected to each other by confirmed collaborations. Members without any confirmed collaboration
 * in the network are not counted as connectors. Computed in Java over the members and links one
 * query returns; no graph library is needed for graphs of this size (a network has tens of
 * members).
 *
 * @param missing the roles no member holds, in the order of {@link TaalnetwerkRole}
 * @param soleHolders per role held by exactly one member: that member
 * @param connectors the members that alone connect parts of the network, by name
 */
public record Completeness(
    List<TaalnetwerkRole> missing, List<SoleHolder> soleHolders, List<MemberRef> connectors) {

  /** A role that one member alone holds. */
  public record SoleHolder(TaalnetwerkRole role, String organisationId, String name) {}

  /** A member named by id and name. */
  public record MemberRef(String organisationId, String name) {}

  /** One member with its roles, as the computation needs it. */
  public record Holder(String organisationId, String name, List<String> roles) {}

  @JsonbTransient
  public boolean isComplete() {
    return missing.isEmpty();
  }

  /** Whether there is any single point of failure (a sole holder or a connector). */
  @JsonbTransient
  public boolean isFragile() {
    return !soleHolders.isEmpty() || !connectors.isEmpty();
  }

  @JsonbTransient
  public int getRolesFilled() {
    return TaalnetwerkRole.values().length - missing.size();
  }

  /** The completeness of members with their roles and links (pairs of organisation ids). */
  public static Completeness of(List<Holder> members, List<List<String>> links) {
    Map<TaalnetwerkRole, List<Holder>> byRole = new LinkedHashMap<>();
    for (TaalnetwerkRole role : TaalnetwerkRole.values()) {
      byRole.put(role, new ArrayList<>());
    }
    for (Holder m : members) {
      for (String code : m.roles() == null ? List.<String>of() : m.roles()) {
        TaalnetwerkRole.of(code)
            .ifPresent(r -> {
              if (!byRole.get(r).contains(m)) {
                byRole.get(r).add(m);
              }
            });
      }
    }
    List<TaalnetwerkRole> missing = new ArrayList<>();
    List<SoleHolder> sole = new ArrayList<>();
    byRole.forEach((role, holders) -> {
      if (holders.isEmpty()) {
        missing.add(role);
      } else if (holders.size() == 1) {
        sole.add(
            new SoleHolder(role, holders.getFirst().organisationId(), holders.getFirst().name()));
      }
    });
    Map<String, String> names = new HashMap<>();
    members.forEach(m -> names.put(m.organisationId(), m.name()));
    List<MemberRef> connectors =
        articulationPoints(names.keySet(), links).stream()
            .map(id -> new MemberRef(id, names.get(id)))
            .sorted(
                java.util.Comparator.comparing((MemberRef r) -> r.name() == null ? "" : r.name()))
            .toList();
    return new Completeness(List.copyOf(missing), List.copyOf(sole), connectors);
  }

  /**
   * The articulation points of the undirected graph on {@code nodes} with edges {@code links}
   * (pairs; edges to nodes outside {@code nodes} and self-loops are ignored), sorted.
   */
  public static Set<String> articulationPoints(Set<String> nodes, List<List<String>> links) {
    Map<String, List<String>> adjacent = new HashMap<>();
    for (String n : nodes) {
      adjacent.put(n, new ArrayList<>());
    }
    for (List<String> link : links) {
      if (link.size() != 2) {
        continue;
      }
      String a = link.get(0);
      String b = link.get(1);
      if (a.equals(b) || !adjacent.containsKey(a) || !adjacent.containsKey(b)) {
        continue;
      }
      if (!adjacent.get(a).contains(b)) {
        adjacent.get(a).add(b);
        adjacent.get(b).add(a);
      }
    }
    Map<String, Integer> discovered = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Set<String> points = new TreeSet<>();
    int[] time = {0};
    for (String root : new TreeSet<>(nodes)) {
      if (!discovered.containsKey(root)) {
        visit(root, null, adjacent, discovered, low, points, time);
      }
    }
    return points;
  }

  private static void visit(
      String node,
      String parent,
      Map<String, List<String>> adjacent,
      Map<String, Integer> discovered,
      Map<String, Integer> low,
      Set<String> points,
      int[] time) {
    discovered.put(node, time[0]);
    low.put(node, time[0]);
    time[0]++;
    int children = 0;
    for (String next : adjacent.get(node)) {
      if (!discovered.containsKey(next)) {
        children++;
        visit(next, node, adjacent, discovered, low, points, time);
        low.put(node, Math.min(low.get(node), low.get(next)));
        if (parent != null && low.get(next) >= discovered.get(node)) {
          points.add(node);
        }
      } else if (!next.equals(parent)) {
        low.put(node, Math.min(low.get(node), discovered.get(next)));
      }
    }
    if (parent == null && children > 1) {
      points.add(node);
    }
  }
}
