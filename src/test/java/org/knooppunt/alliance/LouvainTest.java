package org.knooppunt.alliance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Louvain on graphs whose best grouping is known by construction. */
class LouvainTest {

  private static List<Louvain.Edge> clique(int from, int to, double weight) {
    List<Louvain.Edge> edges = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      for (int j = i + 1; j <= to; j++) {
        edges.add(new Louvain.Edge(i, j, weight));
      }
    }
    return edges;
  }

  @Test
  void twoCliquesJoinedByOneWeakEdgeAreTwoCommunities() {
    List<Louvain.Edge> edges = new ArrayList<>(clique(0, 3, 1));
    edges.addAll(clique(4, 7, 1));
    edges.add(new Louvain.Edge(3, 4, 0.1));
    int[] c = Louvain.communities(8, edges);
    assertArrayEquals(new int[] {0, 0, 0, 0, 1, 1, 1, 1}, c);
    assertTrue(Louvain.modularity(8, edges, c) > 0.45, "Q = " + Louvain.modularity(8, edges, c));
  }

  @Test
  void interleavedNodesAreGroupedByTheirTiesNotTheirOrder() {
    // Even nodes form one clique, odd nodes another; a weak edge between them.
    List<Louvain.Edge> edges = new ArrayList<>();
    for (int i = 0; i < 10; i += 2) {
      for (int j = i + 2; j < 10; j += 2) {
        edges.add(new Louvain.Edge(i, j, 2));
        edges.add(new Louvain.Edge(i + 1, j + 1, 2));
      }
    }
    edges.add(new Louvain.Edge(0, 1, 0.5));
    int[] c = Louvain.communities(10, edges);
    for (int i = 0; i < 10; i++) {
      assertEquals(c[i % 2], c[i], "node " + i);
    }
    assertNotEquals(c[0], c[1]);
  }

  @Test
  void aRingOfCliquesIsSplitIntoItsCliques() {
    // Six 5-cliques in a ring, each joined to the next by one edge: the textbook case.
    List<Louvain.Edge> edges = new ArrayList<>();
    for (int k = 0; k < 6; k++) {
      edges.addAll(clique(5 * k, 5 * k + 4, 1));
      edges.add(new Louvain.Edge(5 * k + 4, (5 * k + 5) % 30, 1));
    }
    int[] c = Louvain.communities(30, edges);
    for (int i = 0; i < 30; i++) {
      assertEquals(i / 5, c[i], "node " + i);
    }
  }

  @Test
  void nodesWithoutTiesStayAloneAndTheResultIsRepeatable() {
    List<Louvain.Edge> edges = new ArrayList<>(clique(1, 3, 1));
    edges.add(new Louvain.Edge(4, 4, 5));
    edges.add(new Louvain.Edge(0, 2, 0));
    int[] c = Louvain.communities(6, edges);
    assertArrayEquals(new int[] {0, 1, 1, 1, 2, 3}, c);
    assertArrayEquals(c, Louvain.communities(6, edges));
    assertArrayEquals(new int[0], Louvain.communities(0, List.of()));
  }
}
