## المكافآت

rewards-title = المكافآت
reward-redeem = استبدال
reward-confirm = تأكيد
