"""Resources: money, people and time behind every goal, within the budget and by contribution.

Method: "给目标不给资源, 是耍流氓" (tracking guide 1(4)); when demand (35万 + 50万) exceeds a
100万 budget, allocate by contribution, lock 3pp vs speaker 2pp (alignment framework, step 4);
10M / 50k = 200 customers / 10% = 2,000 leads x 200 = 400k of lead budget (tracking guide 1(1)).
"""
