package cn.zfgs.content.staff;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 机关隶属关系 — the agencies as a hierarchy (province → city → county), read once per administrative action so that
 * the rules about grants and parents can be checked as plain Java.
 */
public final class AgencyTree {

    /** One agency as the rules see it. */
    public record Node(Long id, Long parentId, String name) {
    }

    private final Map<Long, Node> nodes = new HashMap<>();

    public AgencyTree(List<Node> nodes) {
        nodes.forEach(n -> this.nodes.put(n.id(), n));
    }

    public boolean exists(Long id) {
        return id != null && nodes.containsKey(id);
    }

    public Optional<Node> node(Long id) {
        return Optional.ofNullable(id == null ? null : nodes.get(id));
    }

    public String name(Long id) {
        return node(id).map(Node::name).orElse(String.valueOf(id));
    }

    /**
     * 下级机关: whether {@code id} lies strictly below {@code ancestor}. Stops after as many steps as there are
     * agencies, so a cycle already in the data cannot loop forever.
     */
    public boolean isBelow(Long id, Long ancestor) {
        Node current = nodes.get(id);
        for (int steps = 0; current != null && steps <= nodes.size(); steps++) {
            if (current.parentId() == null) {
                return false;
            }
            if (current.parentId().equals(ancestor)) {
                return true;
            }
            current = nodes.get(current.parentId());
        }
        return false;
    }
}
