# واجهة Chorus بالعربية (ترجمة جزئية: ما لم يُترجم بعد يظهر بالإنجليزية). تُكتب الصفحة من اليمين إلى اليسار.
# مترجمة من en.ftl: المفاتيح نفسها والعناصر النائبة نفسها.

## مشترك

loading = جارٍ التحميل…
switch-current = (الحالي)
points-amount = { $points ->
    [zero] { $points } نقطة
    [one] نقطة واحدة
    [two] نقطتان
    [few] { $points } نقاط
    [many] { $points } نقطة
   *[other] { $points } نقطة
}

## إطار الصفحة: رابط التخطي والتنقل والتذييل

shell-skip-link = انتقل إلى المحتوى
nav-main = التنقل الرئيسي
nav-menu = القائمة
nav-forum = المنتدى
nav-stories = القصص
nav-challenges = التحديات
nav-rewards = المكافآت
nav-leaderboard = لوحة المتصدرين
nav-search = بحث
nav-sign-in = تسجيل الدخول
nav-join = انضم إلينا
nav-groups = المجموعات
nav-my-stories = قصصي
nav-my-points = نقاطي
nav-invite = ادعُ أصدقاءك
nav-account-of = حساب
nav-notifications = الإشعارات
nav-unread = { $count } غير مقروءة
nav-staff = فريق الإدارة
footer-nav = التذييل
footer-terms = شروط الخدمة
footer-privacy = إشعار الخصوصية
footer-guidelines = إرشادات المجتمع
footer-accessibility = إمكانية الوصول
theme-legend = المظهر
theme-system = مثل نظامي
theme-light = فاتح
theme-dark = داكن
language-legend = اللغة
not-found-title = الصفحة غير موجودة
not-found-text = لا يوجد شيء على هذا العنوان. ربما نُقلت الصفحة، أو أن الرابط مكتوب بشكل خاطئ.
not-found-home = الذهاب إلى الصفحة الرئيسية

## المكافآت

rewards-title = المكافآت
reward-redeem = استبدال
reward-confirm = تأكيد
