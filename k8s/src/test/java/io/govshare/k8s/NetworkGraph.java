package io.govshare.k8s;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

/**
 * Evaluates NetworkPolicies as a cluster would for pods of one namespace: a connection from A to B
 * on a port is allowed when A's egress and B's ingress both allow it (a side that no policy isolates
 * allows everything). An ipBlock is taken to match every pod (pod IPs may lie in any block), so that
 * a broad egress rule cannot hide an edge.
 */
final class NetworkGraph {

    private final List<NetworkPolicy> policies;
    private final Map<String, String> namespaceLabels;

    NetworkGraph(List<NetworkPolicy> policies, String namespace) {
        this.policies = policies;
        this.namespaceLabels = Map.of("kubernetes.io/metadata.name", namespace);
    }

    /** The allowed "a -> b" connections among the given pods (name → labels) on the given port. */
    Set<String> edges(Map<String, Map<String, String>> pods, int port) {
        Set<String> edges = new TreeSet<>();
        pods.forEach((a, aLabels) -> pods.forEach((b, bLabels) -> {
            if (!a.equals(b) && allowed(aLabels, bLabels, port)) {
                edges.add(a + " -> " + b);
            }
        }));
        return edges;
    }

    /** Whether a pod with labels `from` may open a connection to a pod with labels `to` on `port`. */
    boolean allowed(Map<String, String> from, Map<String, String> to, int port) {
        return egressAllows(from, to, port) && ingressAllows(from, to, port);
    }

    /** Whether some policy isolates the pod for that direction. */
    boolean isolated(Map<String, String> pod, String type) {
        return this.policies.stream()
                .anyMatch(p -> selects(p.getSpec().getPodSelector(), pod) && types(p).contains(type));
    }

    private boolean egressAllows(Map<String, String> from, Map<String, String> to, int port) {
        if (!isolated(from, "Egress")) {
            return true;
        }
        return this.policies.stream()
                .filter(p -> selects(p.getSpec().getPodSelector(), from) && types(p).contains("Egress"))
                .flatMap(p -> p.getSpec().getEgress().stream())
                .anyMatch(rule -> peers(rule.getTo(), to) && ports(rule.getPorts(), port));
    }

    private boolean ingressAllows(Map<String, String> from, Map<String, String> to, int port) {
        if (!isolated(to, "Ingress")) {
            return true;
        }
        return this.policies.stream()
                .filter(p -> selects(p.getSpec().getPodSelector(), to) && types(p).contains("Ingress"))
                .flatMap(p -> p.getSpec().getIngress().stream())
                .anyMatch(rule -> peers(rule.getFrom(), from) && ports(rule.getPorts(), port));
    }

    private static Set<String> types(NetworkPolicy p) {
        var declared = p.getSpec().getPolicyTypes();
        if (declared != null && !declared.isEmpty()) {
            return Set.copyOf(declared);
        }
        return p.getSpec().getEgress().isEmpty() ? Set.of("Ingress") : Set.of("Ingress", "Egress");
    }

    private boolean peers(List<NetworkPolicyPeer> peers, Map<String, String> pod) {
        if (peers == null || peers.isEmpty()) {
            return true;
        }
        return peers.stream().anyMatch(peer -> {
            if (peer.getIpBlock() != null) {
                return true;
            }
            if (peer.getNamespaceSelector() != null && !selects(peer.getNamespaceSelector(), this.namespaceLabels)) {
                return false;
            }
            return peer.getPodSelector() == null || selects(peer.getPodSelector(), pod);
        });
    }

    private static boolean ports(List<NetworkPolicyPort> ports, int port) {
        if (ports == null || ports.isEmpty()) {
            return true;
        }
        return ports.stream().anyMatch(p -> {
            if (p.getPort() == null) {
                return true;
            }
            if (p.getPort().getStrVal() != null) {
                return p.getPort().getStrVal().equals("http") && port == 8080;
            }
            int first = p.getPort().getIntVal();
            int last = p.getEndPort() != null ? p.getEndPort() : first;
            return port >= first && port <= last;
        });
    }

    /** Label selector semantics: every matchLabels pair and every expression must hold; empty selects all. */
    static boolean selects(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return true;
        }
        var matchLabels = selector.getMatchLabels() == null ? Map.<String, String>of() : selector.getMatchLabels();
        boolean labelsMatch =
                matchLabels.entrySet().stream().allMatch(e -> Objects.equals(labels.get(e.getKey()), e.getValue()));
        return labelsMatch && selector.getMatchExpressions().stream().allMatch(x -> holds(x, labels));
    }

    private static boolean holds(LabelSelectorRequirement x, Map<String, String> labels) {
        String value = labels.get(x.getKey());
        return switch (x.getOperator()) {
            case "In" -> value != null && x.getValues().contains(value);
            case "NotIn" -> value == null || !x.getValues().contains(value);
            case "Exists" -> value != null;
            case "DoesNotExist" -> value == null;
            default -> throw new IllegalArgumentException("unknown selector operator " + x.getOperator());
        };
    }
}
