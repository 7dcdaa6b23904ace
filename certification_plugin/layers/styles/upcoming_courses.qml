<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis simplifyMaxScale="1" maxScale="0" minScale="100000000" simplifyDrawingTol="1" readOnly="0" version="3.22.16-Białowieża" hasScaleBasedVisibilityFlag="0" symbologyReferenceScale="-1" styleCategories="AllStyleCategories" simplifyAlgorithm="0" simplifyLocal="1" labelsEnabled="0" simplifyDrawingHints="1">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal startField="start_date" endExpression="" enabled="0" durationField="" endField="end_date" startExpression="" mode="2" limitMode="0" durationUnit="min" fixedDuration="0" accumulate="0">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 forceraster="0" referencescale="-1" symbollevels="0" toleranceUnit="MM" type="pointCluster" toleranceUnitScale="3x:0,0,0,0,0,0" enableorderby="0" tolerance="4">
    <renderer-v2 forceraster="0" referencescale="-1" symbollevels="0" type="singleSymbol" enableorderby="0">
      <symbols>
        <symbol force_rhr="0" type="marker" alpha="1" clip_to_extent="1" name="0">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer enabled="1" locked="0" pass="0" class="SimpleMarker">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="255,127,0,255" type="QString" name="color"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="bevel" type="QString" name="joinstyle"/>
              <Option value="triangle" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="90,45,0,255" type="QString" name="outline_color"/>
              <Option value="solid" type="QString" name="outline_style"/>
              <Option value="0.3" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="3.6" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
            </Option>
            <prop v="0" k="angle"/>
            <prop v="square" k="cap_style"/>
            <prop v="255,127,0,255" k="color"/>
            <prop v="1" k="horizontal_anchor_point"/>
            <prop v="bevel" k="joinstyle"/>
            <prop v="triangle" k="name"/>
            <prop v="0,0" k="offset"/>
            <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
            <prop v="MM" k="offset_unit"/>
            <prop v="90,45,0,255" k="outline_color"/>
            <prop v="solid" k="outline_style"/>
            <prop v="0.3" k="outline_width"/>
            <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
            <prop v="MM" k="outline_width_unit"/>
            <prop v="diameter" k="scale_method"/>
            <prop v="3.6" k="size"/>
            <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
            <prop v="MM" k="size_unit"/>
            <prop v="1" k="vertical_anchor_point"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option name="properties"/>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
      </symbols>
      <rotation/>
      <sizescale/>
    </renderer-v2>
    <symbol force_rhr="0" type="marker" alpha="1" clip_to_extent="1" name="centerSymbol">
      <data_defined_properties>
        <Option type="Map">
          <Option value="" type="QString" name="name"/>
          <Option name="properties"/>
          <Option value="collection" type="QString" name="type"/>
        </Option>
      </data_defined_properties>
      <layer enabled="1" locked="0" pass="0" class="SimpleMarker">
        <Option type="Map">
          <Option value="0" type="QString" name="angle"/>
          <Option value="square" type="QString" name="cap_style"/>
          <Option value="255,127,0,255" type="QString" name="color"/>
          <Option value="1" type="QString" name="horizontal_anchor_point"/>
          <Option value="bevel" type="QString" name="joinstyle"/>
          <Option value="triangle" type="QString" name="name"/>
          <Option value="0,0" type="QString" name="offset"/>
          <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
          <Option value="MM" type="QString" name="offset_unit"/>
          <Option value="90,45,0,255" type="QString" name="outline_color"/>
          <Option value="solid" type="QString" name="outline_style"/>
          <Option value="0.3" type="QString" name="outline_width"/>
          <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
          <Option value="MM" type="QString" name="outline_width_unit"/>
          <Option value="diameter" type="QString" name="scale_method"/>
          <Option value="5.5" type="QString" name="size"/>
          <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
          <Option value="MM" type="QString" name="size_unit"/>
          <Option value="1" type="QString" name="vertical_anchor_point"/>
        </Option>
        <prop v="0" k="angle"/>
        <prop v="square" k="cap_style"/>
        <prop v="255,127,0,255" k="color"/>
        <prop v="1" k="horizontal_anchor_point"/>
        <prop v="bevel" k="joinstyle"/>
        <prop v="triangle" k="name"/>
        <prop v="0,0" k="offset"/>
        <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
        <prop v="MM" k="offset_unit"/>
        <prop v="90,45,0,255" k="outline_color"/>
        <prop v="solid" k="outline_style"/>
        <prop v="0.3" k="outline_width"/>
        <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
        <prop v="MM" k="outline_width_unit"/>
        <prop v="diameter" k="scale_method"/>
        <prop v="5.5" k="size"/>
        <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
        <prop v="MM" k="size_unit"/>
        <prop v="1" k="vertical_anchor_point"/>
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
      </layer>
      <layer enabled="1" locked="0" pass="0" class="FontMarker">
        <Option type="Map">
          <Option value="0" type="QString" name="angle"/>
          <Option value="" type="QString" name="chr"/>
          <Option value="255,255,255,255" type="QString" name="color"/>
          <Option value="Dingbats" type="QString" name="font"/>
          <Option value="" type="QString" name="font_style"/>
          <Option value="1" type="QString" name="horizontal_anchor_point"/>
          <Option value="miter" type="QString" name="joinstyle"/>
          <Option value="0,0.29999999999999999" type="QString" name="offset"/>
          <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
          <Option value="MM" type="QString" name="offset_unit"/>
          <Option value="255,255,255,255" type="QString" name="outline_color"/>
          <Option value="0" type="QString" name="outline_width"/>
          <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
          <Option value="MM" type="QString" name="outline_width_unit"/>
          <Option value="3" type="QString" name="size"/>
          <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
          <Option value="MM" type="QString" name="size_unit"/>
          <Option value="1" type="QString" name="vertical_anchor_point"/>
        </Option>
        <prop v="0" k="angle"/>
        <prop v="" k="chr"/>
        <prop v="255,255,255,255" k="color"/>
        <prop v="Dingbats" k="font"/>
        <prop v="" k="font_style"/>
        <prop v="1" k="horizontal_anchor_point"/>
        <prop v="miter" k="joinstyle"/>
        <prop v="0,0.29999999999999999" k="offset"/>
        <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
        <prop v="MM" k="offset_unit"/>
        <prop v="255,255,255,255" k="outline_color"/>
        <prop v="0" k="outline_width"/>
        <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
        <prop v="MM" k="outline_width_unit"/>
        <prop v="3" k="size"/>
        <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
        <prop v="MM" k="size_unit"/>
        <prop v="1" k="vertical_anchor_point"/>
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option type="Map" name="properties">
              <Option type="Map" name="char">
                <Option value="true" type="bool" name="active"/>
                <Option value="@cluster_size" type="QString" name="expression"/>
                <Option value="3" type="int" name="type"/>
              </Option>
            </Option>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
      </layer>
    </symbol>
  </renderer-v2>
  <customproperties>
    <Option/>
  </customproperties>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <geometryOptions geometryPrecision="0" removeDuplicateNodes="0">
    <activeChecks type="StringList">
      <Option value="" type="QString"/>
    </activeChecks>
    <checkConfiguration/>
  </geometryOptions>
  <legend type="default-vector" showLabelLegend="0"/>
  <referencedLayers/>
  <fieldConfiguration>
    <field configurationFlags="None" name="fid">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="course_id">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="name">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="start_date">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="end_date">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="course_type_name">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="course_type_slug">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="course_convener_name">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="training_centre_name">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="training_centre_id">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="organisation_name">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="organisation_slug">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="country_code">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="language">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="trained_competence">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="online">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="page_url">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="updated_at">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias index="0" field="fid" name=""/>
    <alias index="1" field="course_id" name=""/>
    <alias index="2" field="name" name=""/>
    <alias index="3" field="start_date" name=""/>
    <alias index="4" field="end_date" name=""/>
    <alias index="5" field="course_type_name" name=""/>
    <alias index="6" field="course_type_slug" name=""/>
    <alias index="7" field="course_convener_name" name=""/>
    <alias index="8" field="training_centre_name" name=""/>
    <alias index="9" field="training_centre_id" name=""/>
    <alias index="10" field="organisation_name" name=""/>
    <alias index="11" field="organisation_slug" name=""/>
    <alias index="12" field="country_code" name=""/>
    <alias index="13" field="language" name=""/>
    <alias index="14" field="trained_competence" name=""/>
    <alias index="15" field="online" name=""/>
    <alias index="16" field="page_url" name=""/>
    <alias index="17" field="updated_at" name=""/>
  </aliases>
  <defaults>
    <default expression="" applyOnUpdate="0" field="fid"/>
    <default expression="" applyOnUpdate="0" field="course_id"/>
    <default expression="" applyOnUpdate="0" field="name"/>
    <default expression="" applyOnUpdate="0" field="start_date"/>
    <default expression="" applyOnUpdate="0" field="end_date"/>
    <default expression="" applyOnUpdate="0" field="course_type_name"/>
    <default expression="" applyOnUpdate="0" field="course_type_slug"/>
    <default expression="" applyOnUpdate="0" field="course_convener_name"/>
    <default expression="" applyOnUpdate="0" field="training_centre_name"/>
    <default expression="" applyOnUpdate="0" field="training_centre_id"/>
    <default expression="" applyOnUpdate="0" field="organisation_name"/>
    <default expression="" applyOnUpdate="0" field="organisation_slug"/>
    <default expression="" applyOnUpdate="0" field="country_code"/>
    <default expression="" applyOnUpdate="0" field="language"/>
    <default expression="" applyOnUpdate="0" field="trained_competence"/>
    <default expression="" applyOnUpdate="0" field="online"/>
    <default expression="" applyOnUpdate="0" field="page_url"/>
    <default expression="" applyOnUpdate="0" field="updated_at"/>
  </defaults>
  <constraints>
    <constraint unique_strength="1" field="fid" exp_strength="0" constraints="3" notnull_strength="1"/>
    <constraint unique_strength="0" field="course_id" exp_strength="0" constraints="0" notnull_strength="0"/>
    <constraint unique_strength="0" field="name" exp_strength="0" constraints="0" notnull_strength="0"/>
    <constraint unique_strength="0" field="start_date" exp_strength="0" constraints="0" notnull_strength="0"/>
    <constraint unique_strength="0" field="end_date" exp_strength="0" constraints="0" notnull_strength="0"/>
    <constraint unique_strength="0" field="course_type_name" exp_strength="0" constraints="0" notnull_strength="0"/>
    <constraint unique_strength="0" field="course_type_slug" exp_strength="0" constraints="0" notnull_strength="0"/>
    <constraint unique_strength="0" field="course_convener_name" exp_strength="0" constraints="0" notnull_strength="0"/>
    <constraint unique_strength="0" field="training_centre_name" exp_strength="0" constraints="0" notnull_strength="0"/>
    <constraint unique_strength="0" field="training_centre_id" exp_strength="0" constraints="0" notnull_strength="0"/>
    <constraint unique_strength="0" field="organisation_name" exp_strength="0" constraints="0" notnull_strength="0"/>
    <constraint unique_strength="0" field="organisation_slug" exp_strength="0" constraints="0" notnull_strength="0"/>
    <constraint unique_strength="0" field="country_code" exp_strength="0" constraints="0" notnull_strength="0"/>
    <constraint unique_strength="0" field="language" exp_strength="0" constraints="0" notnull_strength="0"/>
    <constraint unique_strength="0" field="trained_competence" exp_strength="0" constraints="0" notnull_strength="0"/>
    <constraint unique_strength="0" field="online" exp_strength="0" constraints="0" notnull_strength="0"/>
    <constraint unique_strength="0" field="page_url" exp_strength="0" constraints="0" notnull_strength="0"/>
    <constraint unique_strength="0" field="updated_at" exp_strength="0" constraints="0" notnull_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="fid" exp="" desc=""/>
    <constraint field="course_id" exp="" desc=""/>
    <constraint field="name" exp="" desc=""/>
    <constraint field="start_date" exp="" desc=""/>
    <constraint field="end_date" exp="" desc=""/>
    <constraint field="course_type_name" exp="" desc=""/>
    <constraint field="course_type_slug" exp="" desc=""/>
    <constraint field="course_convener_name" exp="" desc=""/>
    <constraint field="training_centre_name" exp="" desc=""/>
    <constraint field="training_centre_id" exp="" desc=""/>
    <constraint field="organisation_name" exp="" desc=""/>
    <constraint field="organisation_slug" exp="" desc=""/>
    <constraint field="country_code" exp="" desc=""/>
    <constraint field="language" exp="" desc=""/>
    <constraint field="trained_competence" exp="" desc=""/>
    <constraint field="online" exp="" desc=""/>
    <constraint field="page_url" exp="" desc=""/>
    <constraint field="updated_at" exp="" desc=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig sortExpression="" sortOrder="0" actionWidgetStyle="dropDown">
    <columns>
      <column hidden="0" width="-1" type="field" name="fid"/>
      <column hidden="0" width="-1" type="field" name="course_id"/>
      <column hidden="0" width="-1" type="field" name="name"/>
      <column hidden="0" width="-1" type="field" name="start_date"/>
      <column hidden="0" width="-1" type="field" name="end_date"/>
      <column hidden="0" width="-1" type="field" name="course_type_name"/>
      <column hidden="0" width="-1" type="field" name="course_type_slug"/>
      <column hidden="0" width="-1" type="field" name="course_convener_name"/>
      <column hidden="0" width="-1" type="field" name="training_centre_name"/>
      <column hidden="0" width="-1" type="field" name="training_centre_id"/>
      <column hidden="0" width="-1" type="field" name="organisation_name"/>
      <column hidden="0" width="-1" type="field" name="organisation_slug"/>
      <column hidden="0" width="-1" type="field" name="country_code"/>
      <column hidden="0" width="-1" type="field" name="language"/>
      <column hidden="0" width="-1" type="field" name="trained_competence"/>
      <column hidden="0" width="-1" type="field" name="online"/>
      <column hidden="0" width="-1" type="field" name="page_url"/>
      <column hidden="0" width="-1" type="field" name="updated_at"/>
      <column hidden="0" width="-1" type="actions"/>
    </columns>
  </attributetableconfig>
  <conditionalstyles>
    <rowstyles/>
    <fieldstyles/>
  </conditionalstyles>
  <storedexpressions/>
  <editform tolerant="1"></editform>
  <editforminit/>
  <editforminitcodesource>0</editforminitcodesource>
  <editforminitfilepath></editforminitfilepath>
  <editforminitcode><![CDATA[]]></editforminitcode>
  <featformsuppress>0</featformsuppress>
  <editorlayout>generatedlayout</editorlayout>
  <editable/>
  <labelOnTop/>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <previewExpression>"name"</previewExpression>
  <mapTip></mapTip>
  <layerGeometryType>0</layerGeometryType>
</qgis>
