package org.knooppunt.alliance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Louvain community detection (Blondel et al. 2008) on a small undirected weighted graph, in plain
 * Java so that alliance suggestions run the same on the embedded Neo4j Community edition and on any
 * external Neo4j or Aura, where the Graph Data Science plugin may be missing. A province's library
 * graph has tens to a few hundred nodes, so the whole method fits in memory many times over and
 * runs in milliseconds; GDS would add a plugin dependency for no gain at this size. We looked for a
 * maintained library on Maven Central first: JGraphT has no Louvain/Leiden, and CWTS's
 * networkanalysis (Leiden) is not maintained since 2023 and brings its own graph model; 150 lines
 * we can read and test were the smaller risk.
 *
 * <p>The method: every node starts alone; nodes are visited in index order and each moves to the
 * neighbouring community with the largest modularity gain (staying put on a tie, so the result is
 * deterministic for a given node order); when no node moves, each community becomes one node of a
 * new graph (internal weight as a self-loop) and the same is done again, until nothing changes.
 */
final class Louvain {

  private static final double EPSILON = 1e-12;
  private static final int MAX_SWEEPS = 200;
  private static final int MAX_LEVELS = 50;

  /** An undirected edge between node indexes {@code a} and {@code b} with a positive weight. */
  record Edge(int a, int b, double weight) {}

  private Louvain() {}

  /**
   * The community of each of {@code n} nodes, numbered 0, 1, … in order of each community's lowest
   * node index. Nodes without edges stay alone. Edges with a weight ≤ 0 are ignored.
   */
  static int[] communities(int n, List<Edge> edges) {
    int[] membership = new int[n];
    Arrays.setAll(membership, i -> i);
    if (n == 0) {
      return membership;
    }
    List<Map<Integer, Double>> adjacency = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      adjacency.add(new TreeMap<>());
    }
    for (Edge e : edges) {
      if (e.weight() <= 0 || e.a() < 0 || e.b() < 0 || e.a() >= n || e.b() >= n) {
        continue;
      }
      if (e.a() == e.b()) {
        adjacency.get(e.a()).merge(e.a(), 2 * e.weight(), Double::sum);
      } else {
        adjacency.get(e.a()).merge(e.b(), e.weight(), Double::sum);
        adjacency.get(e.b()).merge(e.a(), e.weight(), Double::sum);
      }
    }
    for (int level = 0; level < MAX_LEVELS; level++) {
      int[] local = onePass(adjacency);
      int count = Arrays.stream(local).max().orElse(-1) + 1;
      for (int i = 0; i < n; i++) {
        membership[i] = local[membership[i]];
      }
      if (count == adjacency.size()) {
        break;
      }
      adjacency = aggregate(adjacency, local, count);
    }
    return renumber(membership);
  }

  /** Modularity of a partition (for tests and for the record): Σ_c [in_c/2m − (tot_c/2m)²]. */
  static double modularity(int n, List<Edge> edges, int[] community) {
    double twoM = 0;
    Map<Integer, Double> in = new TreeMap<>();
    Map<Integer, Double> tot = new TreeMap<>();
    for (Edge e : edges) {
      if (e.weight() <= 0) {
        continue;
      }
      twoM += 2 * e.weight();
      tot.merge(community[e.a()], e.weight(), Double::sum);
      tot.merge(community[e.b()], e.weight(), Double::sum);
      if (community[e.a()] == community[e.b()]) {
        in.merge(community[e.a()], 2 * e.weight(), Double::sum);
      }
    }
    if (twoM == 0) {
      return 0;
    }
    double q = 0;
    for (var entry : tot.entrySet()) {
      double t = entry.getValue() / twoM;
      q += in.getOrDefault(entry.getKey(), 0.0) / twoM - t * t;
    }
    return q;
  }

  /** Local moving: the community of each node of this level, renumbered 0…k−1. */
  private static int[] onePass(List<Map<Integer, Double>> adjacency) {
    int n = adjacency.size();
    double[] degree = new double[n];
    double twoM = 0;
    for (int i = 0; i < n; i++) {
      for (double w : adjacency.get(i).values()) {
        degree[i] += w;
      }
      twoM += degree[i];
    }
    int[] community = new int[n];
    Arrays.setAll(community, i -> i);
    if (twoM == 0) {
      return community;
    }
    double[] total = degree.clone();
    boolean moved = true;
    for (int sweep = 0; moved && sweep < MAX_SWEEPS; sweep++) {
      moved = false;
      for (int i = 0; i < n; i++) {
        int own = community[i];
        Map<Integer, Double> toCommunity = new TreeMap<>();
        for (var e : adjacency.get(i).entrySet()) {
          if (e.getKey() != i) {
            toCommunity.merge(community[e.getKey()], e.getValue(), Double::sum);
          }
        }
        total[own] -= degree[i];
        int best = own;
        double bestGain = toCommunity.getOrDefault(own, 0.0) - total[own] * degree[i] / twoM;
        for (var c : toCommunity.entrySet()) {
          double gain = c.getValue() - total[c.getKey()] * degree[i] / twoM;
          if (gain > bestGain + EPSILON) {
            best = c.getKey();
            bestGain = gain;
          }
        }
        total[best] += degree[i];
        if (best != own) {
          community[i] = best;
          moved = true;
        }
      }
    }
    return renumber(community);
  }

  private static List<Map<Integer, Double>> aggregate(
      List<Map<Integer, Double>> adjacency, int[] community, int count) {
    List<Map<Integer, Double>> next = new ArrayList<>(count);
    for (int c = 0; c < count; c++) {
      next.add(new TreeMap<>());
    }
    for (int i = 0; i < adjacency.size(); i++) {
      for (var e : adjacency.get(i).entrySet()) {
        next.get(community[i]).merge(community[e.getKey()], e.getValue(), Double::sum);
      }
    }
    return next;
  }

  private static int[] renumber(int[] labels) {
    Map<Integer, Integer> order = new TreeMap<>();
    int[] out = new int[labels.length];
    List<Integer> seen = new ArrayList<>();
    for (int i = 0; i < labels.length; i++) {
      Integer known = order.get(labels[i]);
      if (known == null) {
        known = seen.size();
        order.put(labels[i], known);
        seen.add(labels[i]);
      }
      out[i] = known;
    }
    return out;
  }
}
