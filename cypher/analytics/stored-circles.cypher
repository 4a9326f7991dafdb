// The guarantee circles the graph holds, with their members.
// Returns: row = [id, size, totalAmount, edges, companyMembers, hasLoop, hasMutual, maxOutExposure, maxInExposure,
//                 members (sorted)]
MATCH (g:GuaranteeCircle)
CALL (g) {
  OPTIONAL MATCH (g)<-[:IN_CIRCLE]-(m)
  WITH m ORDER BY m.id
  RETURN collect(m.id) AS members
}
RETURN [g.id, g.size, g.totalAmount, g.edges, g.companyMembers, g.hasLoop, g.hasMutual, g.maxOutExposure,
        g.maxInExposure, members] AS row
