package com.guanxi.ingest;

import java.util.List;

/** Word lists for {@link DemoDataGenerator}: real division codes, name parts, banks, positions. Data only. */
final class DemoVocabulary {
    private DemoVocabulary() {
    }

    /**
     * A county-level administrative division (GB/T 2260 code, as used in characters 3–8 of a USCC), with the names
     * and the telephone area code of its city.
     */
    record Region(String code, String province, String city, String district, String abbreviation, String areaCode) {
        /** Short city name as used in company names (苏州, 北京). */
        String cityShort() {
            return city.endsWith("市") ? city.substring(0, city.length() - 1) : city;
        }

        boolean municipality() {
            return province.equals(city);
        }

        /** Court code in case numbers: the last four digits of the division code ((2023)粤0604民初…). */
        String courtCode() {
            return code.substring(2);
        }
    }

    static final List<Region> REGIONS = List.of(
            new Region("110101", "北京市", "北京市", "东城区", "京", "010"),
            new Region("110105", "北京市", "北京市", "朝阳区", "京", "010"),
            new Region("110108", "北京市", "北京市", "海淀区", "京", "010"),
            new Region("120101", "天津市", "天津市", "和平区", "津", "022"),
            new Region("120116", "天津市", "天津市", "滨海新区", "津", "022"),
            new Region("310101", "上海市", "上海市", "黄浦区", "沪", "021"),
            new Region("310104", "上海市", "上海市", "徐汇区", "沪", "021"),
            new Region("310115", "上海市", "上海市", "浦东新区", "沪", "021"),
            new Region("500103", "重庆市", "重庆市", "渝中区", "渝", "023"),
            new Region("320102", "江苏省", "南京市", "玄武区", "苏", "025"),
            new Region("320106", "江苏省", "南京市", "鼓楼区", "苏", "025"),
            new Region("320205", "江苏省", "无锡市", "锡山区", "苏", "0510"),
            new Region("320505", "江苏省", "苏州市", "虎丘区", "苏", "0512"),
            new Region("330106", "浙江省", "杭州市", "西湖区", "浙", "0571"),
            new Region("330108", "浙江省", "杭州市", "滨江区", "浙", "0571"),
            new Region("330203", "浙江省", "宁波市", "海曙区", "浙", "0574"),
            new Region("340104", "安徽省", "合肥市", "蜀山区", "皖", "0551"),
            new Region("350203", "福建省", "厦门市", "思明区", "闽", "0592"),
            new Region("370102", "山东省", "济南市", "历下区", "鲁", "0531"),
            new Region("370202", "山东省", "青岛市", "市南区", "鲁", "0532"),
            new Region("410105", "河南省", "郑州市", "金水区", "豫", "0371"),
            new Region("420102", "湖北省", "武汉市", "江岸区", "鄂", "027"),
            new Region("420106", "湖北省", "武汉市", "武昌区", "鄂", "027"),
            new Region("430104", "湖南省", "长沙市", "岳麓区", "湘", "0731"),
            new Region("440104", "广东省", "广州市", "越秀区", "粤", "020"),
            new Region("440106", "广东省", "广州市", "天河区", "粤", "020"),
            new Region("440304", "广东省", "深圳市", "福田区", "粤", "0755"),
            new Region("440305", "广东省", "深圳市", "南山区", "粤", "0755"),
            new Region("440604", "广东省", "佛山市", "禅城区", "粤", "0757"),
            new Region("450103", "广西壮族自治区", "南宁市", "青秀区", "桂", "0771"),
            new Region("510104", "四川省", "成都市", "锦江区", "川", "028"),
            new Region("510107", "四川省", "成都市", "武侯区", "川", "028"),
            new Region("520102", "贵州省", "贵阳市", "南明区", "黔", "0851"),
            new Region("530102", "云南省", "昆明市", "五华区", "云", "0871"),
            new Region("610113", "陕西省", "西安市", "雁塔区", "陕", "029"),
            new Region("210102", "辽宁省", "沈阳市", "和平区", "辽", "024"),
            new Region("210202", "辽宁省", "大连市", "中山区", "辽", "0411"),
            new Region("220102", "吉林省", "长春市", "南关区", "吉", "0431"),
            new Region("230102", "黑龙江省", "哈尔滨市", "道里区", "黑", "0451"),
            new Region("140105", "山西省", "太原市", "小店区", "晋", "0351"),
            new Region("130102", "河北省", "石家庄市", "长安区", "冀", "0311"));

    /** Characters for 字号 (trade names). */
    static final String TRADE_CHARS = "华海恒达鑫瑞盛泰丰通宏远创新明德信诚嘉汇金银博联永安兴隆昌祥福佳宇星龙凯腾飞中天和润晟乾坤元启致越正邦鼎锦峰茂源宝卓弘";

    /** 行业表述 in the name, with the GB/T 4754 class put in the industry column. */
    record Industry(String word, String classification) {
    }

    static final List<Industry> INDUSTRIES = List.of(
            new Industry("科技", "科技推广和应用服务业"), new Industry("贸易", "批发业"), new Industry("实业", "商务服务业"),
            new Industry("投资管理", "资本市场服务"), new Industry("建设工程", "土木工程建筑业"),
            new Industry("房地产开发", "房地产业"), new Industry("供应链管理", "商务服务业"),
            new Industry("信息技术", "软件和信息技术服务业"), new Industry("商贸", "批发业"), new Industry("物流", "装卸搬运和仓储业"),
            new Industry("餐饮管理", "餐饮业"), new Industry("文化传媒", "广播、电视、电影和录音制作业"),
            new Industry("电子", "计算机、通信和其他电子设备制造业"), new Industry("医药", "医药制造业"),
            new Industry("农业发展", "农业"), new Industry("能源", "电力、热力生产和供应业"), new Industry("汽车销售", "零售业"),
            new Industry("建材", "批发业"), new Industry("化工", "化学原料和化学制品制造业"), new Industry("资产管理", "资本市场服务"),
            new Industry("融资租赁", "其他金融业"), new Industry("网络科技", "互联网和相关服务"), new Industry("环保科技", "生态保护和环境治理业"),
            new Industry("食品", "食品制造业"), new Industry("实业集团", "商务服务业"), new Industry("投资集团", "资本市场服务"),
            new Industry("控股", "商务服务业"), new Industry("置业", "房地产业"));

    static final List<String> FORMS = List.of("有限公司", "有限责任公司", "股份有限公司");

    static final List<String> COMPANY_TYPES = List.of("有限责任公司（自然人投资或控股）", "有限责任公司（法人独资）",
            "股份有限公司（非上市、自然人投资或控股）", "有限责任公司（自然人独资）");

    static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

    static final List<String> GIVEN_NAMES = List.of("伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰",
            "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "建华", "文", "华", "建国", "志强", "秀兰", "海燕", "晓东",
            "永刚", "玉兰", "红梅", "国庆", "建军", "丹", "萍", "鹏", "辉", "斌", "宇", "浩", "凯", "晨", "欣怡", "梓涵",
            "子轩", "雨涵", "浩然", "一鸣", "佳怡", "思远", "文博", "嘉豪", "俊杰", "婷婷", "雪", "琳", "瑶", "博文", "天宇",
            "子豪", "明轩", "宏伟", "振华", "世平", "承涛", "学博", "晓晨", "秀军", "梓杰", "宏杰", "家伟", "英兰", "志晨");

    static final List<String> ROADS = List.of("人民路", "解放路", "中山路", "建国路", "和平路", "长江路", "黄河路", "文化路",
            "金融街", "科技园路", "商务大道", "创业大道", "学院路", "胜利路", "光华路", "振兴路", "育才路", "工业园路");

    /** Bank, short form used in contract numbers. */
    record Bank(String name, String shortName) {
    }

    static final List<Bank> BANKS = List.of(new Bank("中国工商银行", "工银"), new Bank("中国农业银行", "农银"),
            new Bank("中国银行", "中银"), new Bank("中国建设银行", "建银"), new Bank("交通银行", "交银"),
            new Bank("招商银行", "招银"), new Bank("中信银行", "信银"), new Bank("兴业银行", "兴银"),
            new Bank("中国民生银行", "民银"), new Bank("平安银行", "平银"), new Bank("广发银行", "广银"));

    static final List<String> LEGAL_REP_POSITIONS = List.of("执行董事兼总经理", "董事长", "执行董事", "执行董事兼经理",
            "董事长兼总经理");
    static final List<String> OTHER_POSITIONS = List.of("监事", "董事", "总经理", "财务负责人", "副总经理", "监事会主席",
            "经理", "副董事长");
    static final List<String> CAUSES = List.of("金融借款合同纠纷", "保证合同纠纷", "民间借贷纠纷", "买卖合同纠纷");
    static final List<String> GUARANTEE_TYPES = List.of("连带责任保证", "连带责任保证", "连带责任保证", "一般保证", "抵押", "质押");
    static final List<String> FOREIGN_HOLDERS = List.of("Sino Star Capital Pte. Ltd.", "Pacific Bridge Holdings Limited",
            "Golden Harbour Investment Co., Ltd.", "East Ocean Ventures (HK) Limited");
}
