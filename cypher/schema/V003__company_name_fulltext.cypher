// Full-text search over names and former names. The CJK analyzer indexes overlapping character bigrams, so a
// fragment such as 华盛 finds 深圳市华盛科技有限公司.
CREATE FULLTEXT INDEX company_names IF NOT EXISTS FOR (c:Company) ON EACH [c.name, c.formerNamesText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
