#include "DemoCatalog.h"

namespace Kepler::Server::DemoCatalog {

const QList<Brand> &brands()
{
    static const QList<Brand> list = {
        {u"news_app", u"今日资讯", u"Daily News", u"dailynews"},
        {u"news_app", u"头条快报", u"Headline Express", u"headline-express"},
        {u"news_app", u"天天看点", u"Everyday Spotlight", u"tiantian"},
        {u"news_app", u"新知日报", u"New Insight Daily", u"xinzhi"},
        {u"video_site", u"爱奇视频", u"iVideo", u"ivideo"},
        {u"video_site", u"优乐影视", u"Youle Pictures", u"youle"},
        {u"video_site", u"芒果星球", u"Mango Planet", u"mangoplanet"},
        {u"video_site", u"西瓜剧场", u"Melon Theatre", u"melontheatre"},
        {u"telecom_points", u"移动积分商城", u"Mobile Points Mall", u"mobile-points"},
        {u"telecom_points", u"联通积分汇", u"Unicom Points Hub", u"unicom-points"},
        {u"telecom_points", u"翼联积分", u"Winglink Points", u"winglink"},
        {u"telecom_points", u"广电惠积分", u"Broadnet Points", u"broadnet"},
        {u"bank_points", u"掌上生活", u"Life in Hand", u"lifeinhand"},
        {u"bank_points", u"融e购", u"Rong e-Shop", u"rong-eshop"},
        {u"bank_points", u"善融商城", u"Shanrong Mall", u"shanrong"},
        {u"bank_points", u"浦江积分乐园", u"Pujiang Points Park", u"pujiang-points"},
        {u"browser", u"极光浏览器", u"Aurora Browser", u"aurora"},
        {u"browser", u"星空浏览器", u"Starry Browser", u"starry"},
        {u"browser", u"闪电浏览器", u"Flash Browser", u"flashbrowser"},
        {u"browser", u"云帆浏览器", u"Cloudsail Browser", u"cloudsail"},
        {u"social", u"微聚", u"WeGather", u"wegather"},
        {u"social", u"朋友圈子", u"Friend Circles", u"friendcircles"},
        {u"social", u"陌上同城", u"Nearby Paths", u"nearbypaths"},
        {u"social", u"兴趣部落", u"Interest Tribes", u"tribes"},
        {u"mini_program", u"拼团小程序", u"Group Buy Mini", u"groupbuy"},
        {u"mini_program", u"惠生活小程序", u"Smart Living Mini", u"huishenghuo"},
        {u"mini_program", u"好物推荐", u"Good Finds", u"goodfinds"},
        {u"mini_program", u"家庭账本", u"Family Ledger", u"familyledger"},
        {u"content_community", u"小红书房", u"Little Red Room", u"redroom"},
        {u"content_community", u"知识问答", u"Knowledge Q&A", u"knowledgeqa"},
        {u"content_community", u"豆子小组", u"Bean Groups", u"beangroups"},
        {u"content_community", u"值得买清单", u"Worth-Buying List", u"worthbuying"},
        {u"short_video", u"快影", u"QuickClip", u"quickclip"},
        {u"short_video", u"音浪好物", u"Soundwave Finds", u"soundwave"},
        {u"short_video", u"微光精选", u"Glimmer Picks", u"glimmer"},
        {u"short_video", u"秒拍", u"Second Shot", u"secondshot"},
        {u"live_streaming", u"鲸鱼直播购", u"Whale Live Shop", u"whalelive"},
        {u"live_streaming", u"虎啸好货", u"Tiger Roar Goods", u"tigerroar"},
        {u"live_streaming", u"辣椒直播", u"Chili Live", u"chililive"},
        {u"live_streaming", u"映像优选", u"Image Select", u"imageselect"},
        {u"music", u"酷音音乐", u"Cool Tune Music", u"cooltune"},
        {u"music", u"云端音乐", u"Cloud Tunes", u"cloudtunes"},
        {u"music", u"企鹅音乐", u"Penguin Music", u"penguinmusic"},
        {u"music", u"咪呜音乐", u"Meow Music", u"meowmusic"},
        {u"reading", u"掌中阅读", u"Palm Reader", u"palmreader"},
        {u"reading", u"起航读书", u"Setsail Reading", u"setsail"},
        {u"reading", u"微读", u"MicroRead", u"microread"},
        {u"reading", u"得知学堂", u"Dezhi Academy", u"dezhi"},
        {u"travel", u"行程旅行", u"Itinerary Travel", u"itinerary"},
        {u"travel", u"同游旅行", u"Together Travel", u"togethertravel"},
        {u"travel", u"飞鱼出行", u"Flying Fish Trips", u"flyingfish"},
        {u"travel", u"途乐度假", u"Tule Holidays", u"tule"},
        {u"maps", u"高地生活", u"Highland Life", u"highland"},
        {u"maps", u"百步地图", u"Hundred Steps Maps", u"hundredsteps"},
        {u"maps", u"腾云地图", u"Cloudrise Maps", u"cloudrise"},
        {u"maps", u"美食本地", u"Local Eats", u"localeats"},
        {u"airline_miles", u"云航知音商城", u"Cloud Air Companion Mall", u"cloudair"},
        {u"airline_miles", u"东方万里行", u"Orient Miles", u"orientmiles"},
        {u"airline_miles", u"南方明珠商城", u"Southern Pearl Mall", u"southernpearl"},
        {u"airline_miles", u"海航金鹏", u"Fortune Wings", u"fortunewings"},
        {u"insurance", u"安康好福利", u"Ankang Perks", u"ankang"},
        {u"insurance", u"泰和积分", u"Taihe Points", u"taihe"},
        {u"insurance", u"民保惠民", u"Civic Cover Benefits", u"civiccover"},
        {u"insurance", u"太平会员", u"Taiping Members", u"taiping"},
        {u"smart_device", u"米粒有品", u"Rice Grain Select", u"ricegrain"},
        {u"smart_device", u"华星商城", u"Huaxing Store", u"huaxing"},
        {u"smart_device", u"灵猫精灵", u"Civet Genie", u"civetgenie"},
        {u"smart_device", u"智慧屏商城", u"Smart Screen Mall", u"smartscreen"},
        {u"gaming", u"王者商城", u"Kings Mall", u"kingsmall"},
        {u"gaming", u"易游会员", u"EasyPlay Club", u"easyplay"},
        {u"gaming", u"点点福利", u"Tap Perks", u"tapperks"},
        {u"gaming", u"心动小镇", u"Heart Town", u"hearttown"},
        {u"enterprise_procurement", u"企采通", u"ProcureLink", u"procurelink"},
        {u"enterprise_procurement", u"政采通", u"GovProcure", u"govprocure"},
        {u"enterprise_procurement", u"福利优选", u"Benefits Select", u"benefitsselect"},
        {u"enterprise_procurement", u"员工关怀", u"Employee Care", u"employeecare"},
        {u"education", u"作业宝", u"Homework Buddy", u"homeworkbuddy"},
        {u"education", u"学而优", u"Learn Well", u"learnwell"},
        {u"education", u"通达学习", u"Tongda Learning", u"tongda"},
        {u"education", u"猿学堂", u"Ape Academy", u"apeacademy"},
    };
    return list;
}

const QList<Pair> &cities()
{
    static const QList<Pair> list = {
        {u"北京", u"Beijing"},
        {u"上海", u"Shanghai"},
        {u"广州", u"Guangzhou"},
        {u"深圳", u"Shenzhen"},
        {u"杭州", u"Hangzhou"},
        {u"成都", u"Chengdu"},
        {u"武汉", u"Wuhan"},
        {u"南京", u"Nanjing"},
        {u"西安", u"Xi'an"},
        {u"重庆", u"Chongqing"},
        {u"苏州", u"Suzhou"},
        {u"天津", u"Tianjin"},
    };
    return list;
}

const QList<Pair> &editions()
{
    static const QList<Pair> list = {
        {u"青春版", u"Youth"},
        {u"商家版", u"Merchant"},
        {u"专业版", u"Pro"},
        {u"国际版", u"Global"},
        {u"企业版", u"Business"},
        {u"精选版", u"Select"},
        {u"畅享版", u"Plus"},
        {u"尊享版", u"Premium"},
        {u"校园版", u"Campus"},
        {u"长辈版", u"Senior"},
    };
    return list;
}

const QList<Pair> &surnames()
{
    static const QList<Pair> list = {
        {u"王", u"wang"},
        {u"李", u"li"},
        {u"张", u"zhang"},
        {u"刘", u"liu"},
        {u"陈", u"chen"},
        {u"杨", u"yang"},
        {u"黄", u"huang"},
        {u"赵", u"zhao"},
        {u"吴", u"wu"},
        {u"周", u"zhou"},
        {u"徐", u"xu"},
        {u"孙", u"sun"},
        {u"马", u"ma"},
        {u"朱", u"zhu"},
        {u"胡", u"hu"},
        {u"郭", u"guo"},
        {u"何", u"he"},
        {u"林", u"lin"},
        {u"罗", u"luo"},
        {u"高", u"gao"},
    };
    return list;
}

const QList<Pair> &givenNames()
{
    static const QList<Pair> list = {
        {u"敏", u"min"},
        {u"伟", u"wei"},
        {u"芳", u"fang"},
        {u"静", u"jing"},
        {u"丽", u"li"},
        {u"强", u"qiang"},
        {u"磊", u"lei"},
        {u"军", u"jun"},
        {u"洋", u"yang"},
        {u"勇", u"yong"},
        {u"艳", u"yan"},
        {u"杰", u"jie"},
        {u"娟", u"juan"},
        {u"涛", u"tao"},
        {u"明", u"ming"},
        {u"超", u"chao"},
        {u"秀英", u"xiuying"},
        {u"晓东", u"xiaodong"},
        {u"雪梅", u"xuemei"},
        {u"建华", u"jianhua"},
    };
    return list;
}

} // namespace Kepler::Server::DemoCatalog
