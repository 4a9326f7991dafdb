// Shapes of the Guanxi HTTP API (shared/contracts/api.md). The service may add fields; these keep their names.

export type NodeLabel = 'Company' | 'Person' | 'Case' | 'External';
export type EdgeType =
  | 'HOLDS'
  | 'SERVES'
  | 'GUARANTEES'
  | 'PARTY_TO'
  | 'SAME_ADDRESS'
  | 'SAME_PHONE'
  | 'SAME_EMAIL'
  | 'CONTROLS';
export type Severity = 'high' | 'medium' | 'low';

export interface CompanyHit {
  id: string;
  uscc?: string | null;
  name: string;
  formerNames?: string[] | null;
  status?: string | null;
  score?: number | null;
}

export interface SourceRefView {
  [key: string]: unknown;
}

export interface Company {
  id: string;
  uscc?: string | null;
  regNo?: string | null;
  name: string;
  formerNames?: string[] | null;
  legalRep?: string | null;
  registeredCapital?: number | null;
  currency?: string | null;
  registeredCapitalRaw?: string | null;
  established?: string | null;
  status?: string | null;
  companyType?: string | null;
  address?: string | null;
  phone?: string | null;
  email?: string | null;
  industry?: string | null;
  sources?: SourceRefView[] | null;
}

export interface Tag {
  code: string;
  severity: Severity | string;
  nameZh?: string | null;
  nameEn?: string | null;
  evidence?: Record<string, unknown> | null;
  asOf?: string | null;
  version?: string | number | null;
}

export interface EntityRef {
  id: string;
  name?: string | null;
  type?: string | null;
}

export interface BeneficialOwner {
  id: string;
  name?: string | null;
  share?: number | null;
  basis?: 'ownership' | 'control' | 'senior_manager' | string | null;
}

export interface Control {
  ultimateController: EntityRef | null;
  /** Ids, or entity objects, from the company up to its ultimate controller. */
  controlPath: Array<string | EntityRef>;
  beneficialOwners: BeneficialOwner[];
  group: { rootId: string; size: number; rootName?: string | null } | null;
}

export interface OwnershipNode {
  id: string;
  name: string;
  type?: string | null;
  direct?: number | null;
  integrated?: number | null;
  children?: OwnershipNode[] | null;
}

export interface AssociatedParty {
  id: string;
  name?: string | null;
  type?: string | null;
  relations?: string[] | null;
  path?: Array<string | EntityRef> | null;
  tags?: Array<string | Tag> | null;
}

export interface CircleEdge {
  from: string;
  to: string;
  amount?: number | null;
}

export interface GuaranteeCircle {
  id: string;
  members: Array<string | EntityRef>;
  edges?: CircleEdge[] | null;
  size: number;
  totalAmount?: number | null;
  loops?: string[][] | null;
  /** Either the chain's member ids or its length, depending on the endpoint's detail level. */
  longestChain?: string[] | number | null;
}

export interface GraphNode {
  id: string;
  label: NodeLabel | string;
  name?: string | null;
  tags?: Array<string | Tag> | null;
  [key: string]: unknown;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: EdgeType | string;
  props?: Record<string, unknown> | null;
}

export interface GraphData {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated?: boolean;
}

export interface ContagionMember {
  id: string;
  name?: string | null;
  exposureFirstOrder?: number | null;
  exposurePath?: number | null;
  path?: string[] | null;
}

export interface Contagion {
  companyId: string;
  members: ContagionMember[];
}
